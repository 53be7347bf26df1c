package com.tmip.files;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Makes the files the embedded database and the log create while the command runs the owner's only
 * ({@link PrivateFolders#restrictOwnFiles}): once the context has started (the database is open, the log written)
 * and after the database has shut down, when HSQLDB writes its {@code .script} and {@code .properties} anew. The
 * data source depends on this bean, so this bean is destroyed, and tightens the files, after the data source.
 */
@Configuration(proxyBeanMethods = false)
class PrivateDataFiles {

    static final String NAME = "ownerOnlyDataFiles";

    @Bean(NAME)
    Tightener ownerOnlyDataFiles(Environment environment) {
        return new Tightener(environment);
    }

    /** The data source is closed (and the embedded database shut down) before the files are tightened. */
    @Bean
    static BeanFactoryPostProcessor dataSourceAfterPrivateDataFiles() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
                if (!beanFactory.containsBeanDefinition(name)) {
                    continue;
                }
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                if (!Arrays.asList(dependsOn).contains(NAME)) {
                    definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(NAME))
                            .toArray(String[]::new));
                }
            }
        };
    }

    static final class Tightener implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

        private final Environment environment;

        Tightener(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            PrivateFolders.restrictOwnFiles(environment);
        }

        @Override
        public void destroy() {
            PrivateFolders.restrictOwnFiles(environment);
        }
    }
}
