package plaincopy;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The peer the benchmark compares against: the Spring Batch job a developer writes in an afternoon.
 * {@code FlatFileItemReader} → {@code JdbcBatchItemWriter} of every row of an equipment CSV into one plain table,
 * chunk size 1000, no checks. Run as {@code PlainCopyJob FILE JDBC_URL [USER]} (HSQLDB or PostgreSQL); not part of
 * the product.
 */
@SpringBootApplication
public class PlainCopyJob {

    /** One row as it stands in the file. */
    public record EquipmentLine(String account, String serialNumber, String platform, String disposition,
                                String codFile, String series, String cloudMarketplace, String reference,
                                String orderDate, String contact) {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(PlainCopyJob.class);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + args[1],
                "--spring.datasource.username=" + (args.length > 2 ? args[2] : "SA"),
                "--spring.flyway.enabled=false",
                "--spring.batch.jdbc.initialize-schema=always",
                "--spring.batch.job.enabled=false",
                "--input=" + args[0])) {
            JobParameters parameters = new JobParametersBuilder().addString("input", args[0]).toJobParameters();
            JobExecution execution = context.getBean(JobOperator.class).start(context.getBean(Job.class), parameters);
            long written = execution.getStepExecutions().iterator().next().getWriteCount();
            System.out.println("status " + execution.getStatus() + " written " + written);
            System.exit(execution.getStatus().isUnsuccessful() ? 1 : 0);
        }
    }

    @Bean
    FlatFileItemReader<EquipmentLine> equipmentReader(org.springframework.core.env.Environment env) {
        return new FlatFileItemReaderBuilder<EquipmentLine>()
                .name("equipmentReader")
                .resource(new FileSystemResource(env.getRequiredProperty("input")))
                .linesToSkip(1)
                .delimited()
                .names("account", "serialNumber", "platform", "disposition", "codFile", "series", "cloudMarketplace",
                        "reference", "orderDate", "contact")
                .targetType(EquipmentLine.class)
                .build();
    }

    @Bean
    JdbcBatchItemWriter<EquipmentLine> equipmentWriter(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        boolean hsqldb = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().contains("HSQL")));
        jdbc.execute("CREATE " + (hsqldb ? "CACHED " : "") + """
                TABLE IF NOT EXISTS plain_item (
                    account VARCHAR(200), serial_number VARCHAR(40), platform VARCHAR(40), disposition VARCHAR(40),
                    cod_file VARCHAR(255), series VARCHAR(40), cloud_marketplace VARCHAR(40), reference VARCHAR(100),
                    order_date VARCHAR(40), contact VARCHAR(64))""");
        return new JdbcBatchItemWriterBuilder<EquipmentLine>()
                .dataSource(dataSource)
                .sql("""
                        INSERT INTO plain_item (account, serial_number, platform, disposition, cod_file, series,
                                                cloud_marketplace, reference, order_date, contact)
                        VALUES (:account, :serialNumber, :platform, :disposition, :codFile, :series,
                                :cloudMarketplace, :reference, :orderDate, :contact)""")
                .beanMapped()
                .build();
    }

    @Bean
    Step copyEquipmentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           FlatFileItemReader<EquipmentLine> equipmentReader,
                           JdbcBatchItemWriter<EquipmentLine> equipmentWriter) {
        return new StepBuilder("copyEquipmentStep", jobRepository)
                .<EquipmentLine, EquipmentLine>chunk(1000)
                .transactionManager(transactionManager)
                .reader(equipmentReader)
                .writer(equipmentWriter)
                .build();
    }

    @Bean
    Job copyEquipmentJob(JobRepository jobRepository, Step copyEquipmentStep) {
        return new JobBuilder("copyEquipmentJob", jobRepository).start(copyEquipmentStep).build();
    }
}
