package com.tmip.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the portal is up once the context has started; this says where and waits until the process is
 * stopped (Ctrl-C, a signal), leaving a note beside an embedded database meanwhile ({@link EmbeddedDatabaseGuard}).
 */
@Component
@ConditionalOnWebApplication
public class PortalServer {

    private final ApplicationContext context;
    private final Environment environment;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Path note;

    public PortalServer(ApplicationContext context, Environment environment) {
        this.context = context;
        this.environment = environment;
    }

    /** Prints the portal's address and blocks until the application stops; returns exit code 0. */
    public int serve(PrintStream out) throws InterruptedException {
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort()
                : environment.getProperty("server.port", Integer.class, 8080);
        String host = environment.getProperty("server.address", "127.0.0.1");
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
        Optional<Path> where = EmbeddedDatabaseGuard.note(environment.getProperty("spring.datasource.url"));
        if (where.isPresent()) {
            try {
                Files.writeString(where.get(), ProcessHandle.current().pid() + " " + address + "\n",
                        StandardCharsets.UTF_8);
                note = where.get();
                where.get().toFile().deleteOnExit();
            } catch (IOException e) {
                // only a courtesy to the command line: it then waits for the database's lock as before
            }
        }
        out.println("tmip portal: " + address + " (Ctrl-C stops it)");
        out.flush();
        closed.await();
        return 0;
    }

    @EventListener
    public void onClose(ContextClosedEvent event) {
        Path written = note;
        if (written != null) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // deleted on exit
            }
        }
        closed.countDown();
    }
}
