package com.sneakers.marketplace.local;

import com.sneakers.marketplace.local.events.Schedules;
import com.sneakers.marketplace.local.events.SqsEventSource;
import com.sneakers.marketplace.local.faults.EventBridgeFront;
import com.sneakers.marketplace.local.faults.FaultPlan;
import com.sneakers.marketplace.local.faults.LocalFaultControl;
import com.sneakers.marketplace.local.faults.WebhookRelay;
import com.sneakers.marketplace.local.gateway.HttpApiGateway;
import com.sneakers.marketplace.local.gateway.Route;
import com.sneakers.marketplace.local.lambda.FunctionSpec;
import com.sneakers.marketplace.local.lambda.LambdaContainer;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sneakers.marketplace.local.lambda.LambdaPool;
import com.sneakers.marketplace.local.provision.ProvisionedStack;
import com.sneakers.marketplace.local.provision.Provisioner;
import com.sneakers.marketplace.local.seed.CatalogSeed;
import com.sneakers.marketplace.local.stripe.LocalWebhookEndpoint;
import com.sneakers.marketplace.local.stripe.StripeFront;
import com.sneakers.marketplace.local.template.Intrinsics;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.Migrations;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.time.ShiftableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The marketplace without AWS: Postgres (embedded or given), the template's resources provisioned in
 * the emulators, its HTTP API routes served on localhost, its SQS event sources polled and its
 * schedules fired, each function running from its own package in its own Lambda-like JVM.
 */
public final class LocalRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<String, LambdaContainer> functions = new LinkedHashMap<>();
    private ProvisionedStack stack;
    private ShiftableClock clock;
    private Schedules schedules;
    private HttpApiGateway gateway;
    private LocalDatabase database;
    private StripeFront stripeFront;
    private final FaultPlan faults = new FaultPlan();
    private EventBridgeFront eventBridgeFront;
    private WebhookRelay webhookRelay;

    public static void main(String[] args) throws Exception {
        LocalRuntime runtime = start(LocalConfig.fromEnvironment(System.getenv()), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close));
        LOG.info(
                "Sneakers Marketplace is running: http://localhost:{}  (health: http://localhost:{}/health,"
                        + " Stripe API: {})",
                runtime.port(),
                runtime.port(),
                runtime.stripeApiBase());
        Thread.currentThread().join();
    }

    public static LocalRuntime start(LocalConfig config, Clock clock) throws Exception {
        LocalRuntime runtime = new LocalRuntime();
        try {
            runtime.boot(config, clock);
            return runtime;
        } catch (Exception e) {
            runtime.close();
            throw e;
        }
    }

    private void boot(LocalConfig config, Clock baseClock) throws Exception {
        clock = startClock(config, baseClock);
        database = LocalDatabase.start(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        resources.add(database);
        int applied = Migrations.apply(dataSource(database));
        int seeded = CatalogSeed.seedIfEmpty(dataSource(database));
        LOG.info(
                "Database {} ready ({} migration(s) applied, {} product(s) seeded)",
                database.jdbcUrl(),
                applied,
                seeded);

        stripeFront = new StripeFront(
                config.localstripeBase(), config.stripeMockBase(), config.host(), config.stripeFrontPort(), faults);
        resources.add(stripeFront);
        LOG.info(
                "Stripe API on {} (Connect: {}, the rest: {})",
                stripeFront.baseUri(),
                config.stripeMockBase(),
                config.localstripeBase());

        Optional<String> eventBridgeEndpoint = Optional.ofNullable(config.awsEnvironment()
                .getOrDefault(
                        "AWS_ENDPOINT_URL_EVENTBRIDGE", config.awsEnvironment().get("AWS_ENDPOINT_URL")));
        if (eventBridgeEndpoint.isPresent()) {
            eventBridgeFront = new EventBridgeFront(URI.create(eventBridgeEndpoint.get()), config.host(), faults);
            resources.add(eventBridgeFront);
        }

        Template template = Template.read(config.template());
        SqsClient sqs = AwsClients.sqs();
        SecretsManagerClient secretsManager = AwsClients.secretsManager();
        String databaseSecretArn = databaseSecret(secretsManager, config.stackName(), database);
        Map<String, String> parameters = new HashMap<>(config.parameterOverrides());
        parameters.putAll(Map.of(
                "DatabaseProxyEndpoint", database.host(),
                "DatabasePort", Integer.toString(database.port()),
                "DatabaseName", database.name(),
                "DatabaseSecretArn", databaseSecretArn,
                "StripeApiBase", stripeFront.baseUri().toString()));
        stack = new Provisioner(sqs, AwsClients.eventBridge(), AwsClients.dynamoDb(), secretsManager)
                .provision(template, config.stackName(), config.region(), parameters, LocalRuntime::throwAwaySecret);
        Intrinsics intrinsics =
                new Intrinsics(Provisioner.parameters(template, parameters), template.conditions(), stack);
        bootstrapAdmin(config, clock);

        List<HttpApiGateway.Binding> routes = new ArrayList<>();
        schedules = new Schedules(clock, config.region());
        resources.add(schedules);
        for (FunctionSpec spec : FunctionSpec.allIn(template, intrinsics, config.stackName())) {
            Map<String, String> environment = platformEnvironment(config);
            LambdaPool container = new LambdaPool(
                    index -> environment(spec, config, index, environment, baseClock),
                    spec.eventsOfType("HttpApi").isEmpty() ? 1 : config.apiConcurrency());
            functions.put(spec.logicalId(), container.first());
            resources.add(container);
            for (Map<String, Object> event : spec.eventsOfType("HttpApi")) {
                Route route = event.containsKey("Path")
                        ? new Route(
                                String.valueOf(event.get("Method")).toUpperCase(), String.valueOf(event.get("Path")))
                        : Route.DEFAULT;
                routes.add(new HttpApiGateway.Binding(route, container));
            }
            for (Map<String, Object> event : spec.eventsOfType("SQS")) {
                startEventSource(sqs, config, event, container);
            }
            for (Map<String, Object> event : spec.eventsOfType("Schedule")) {
                String ruleName = String.valueOf(event.getOrDefault("Name", spec.functionName() + "-schedule"));
                schedules.schedule(
                        stack.arn("events", "rule/" + ruleName),
                        String.valueOf(event.get("Schedule")),
                        event.containsKey("Input") ? String.valueOf(event.get("Input")) : null,
                        container);
            }
        }
        gateway = new HttpApiGateway(routes, config.host(), config.port(), clock);
        resources.add(gateway);
        gateway.control(LocalClockControl.PATH, new LocalClockControl(clock, this::advanceClock));
        gateway.control(LocalFaultControl.PATH, new LocalFaultControl(faults));
        webhookRelay = new WebhookRelay(
                URI.create("http://" + config.host() + ":" + gateway.port() + "/api/v1/webhooks/stripe"),
                faults,
                stripeFront::concernsThisRuntime);
        resources.add(webhookRelay);
        gateway.control(WebhookRelay.PATH, webhookRelay);
        gateway.control(
                LocalActivity.PATH,
                new LocalActivity(sqs, queueUrls(template), dataSource(database), webhookRelay::held));
        LOG.info("HTTP API on port {} with {} route(s)", gateway.port(), routes.size());
        resources.add(registerWebhook(config, secretsManager));
    }

    private void startEventSource(
            SqsClient sqs, LocalConfig config, Map<String, Object> event, LambdaFunction container) {
        String queueArn = String.valueOf(event.get("Queue"));
        String queueName = queueArn.substring(queueArn.lastIndexOf(':') + 1);
        String queueUrl =
                sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        Object responseTypes = event.getOrDefault("FunctionResponseTypes", List.of());
        SqsEventSource source = new SqsEventSource(
                sqs,
                queueUrl,
                queueArn,
                config.region(),
                Integer.parseInt(String.valueOf(event.getOrDefault("BatchSize", 10))),
                ((List<?>) responseTypes).contains("ReportBatchItemFailures"),
                container,
                faults);
        Thread thread = new Thread(source, "sqs-" + queueName);
        thread.setDaemon(true);
        thread.start();
        resources.add(source::stop);
    }

    /** Environment {@code index} of a function; the first keeps the function's own work directory. */
    private static LambdaContainer environment(
            FunctionSpec spec, LocalConfig config, int index, Map<String, String> environment, Clock baseClock) {
        Path workDir = index == 0 ? config.workDir() : config.workDir().resolve("environment-" + index);
        try {
            return new LambdaContainer(spec, config.lambdaRuntimeDir(), workDir, environment, baseClock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> queueUrls(Template template) {
        Map<String, String> urls = new LinkedHashMap<>();
        template.resourcesOfType("AWS::SQS::Queue")
                .forEach(queue -> urls.put(queue.logicalId(), stack.ref(queue.logicalId())));
        return urls;
    }

    private void bootstrapAdmin(LocalConfig config, Clock clock) {
        Map<String, String> settings = new HashMap<>(config.admin());
        settings.put("SESSIONS_TABLE", stack.ref("SessionsTable"));
        settings.put("JWT_SECRET_ARN", stack.ref("JwtSigningKeySecret"));
        AdminBootstrap.run(new Settings(settings), dataSource(database), clock);
    }

    /** The database credentials go where the template expects them: a Secrets Manager secret. */
    private static String databaseSecret(SecretsManagerClient secrets, String stackName, LocalDatabase database) {
        String name = stackName + "/database";
        String value = Json.write(Map.of(
                "engine", "postgres",
                "host", database.host(),
                "port", database.port(),
                "dbname", database.name(),
                "username", database.username(),
                "password", database.password()));
        try {
            return secrets.createSecret(request -> request.name(name).secretString(value))
                    .arn();
        } catch (ResourceExistsException exists) {
            return secrets.putSecretValue(request -> request.secretId(name).secretString(value))
                    .arn();
        }
    }

    /** Test-mode values for secrets that are filled by hand after a real deploy. */
    static Optional<String> throwAwaySecret(String logicalId) {
        if (logicalId.equals("StripeSecret")) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            return Optional.of(Json.write(Map.of(
                    "api_key",
                    "sk_test_local",
                    "webhook_secret",
                    "whsec_" + HexFormat.of().formatHex(random))));
        }
        return Optional.empty();
    }

    private static PGSimpleDataSource dataSource(LocalDatabase database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }

    public int port() {
        return gateway.port();
    }

    /**
     * Moves the time of the runtime and of every function forward, then fires each schedule once, as
     * its rule would at the new time; returns when the scheduled functions are done.
     */
    public void advanceClock(Duration by) {
        clock.advance(by);
        LOG.info("The local clock moved {} ahead: now {}", by, clock.instant());
        schedules.fireAll();
    }

    /** localstripe posts its signed events to this runtime's gateway, as Stripe would to the deployed API. */
    private LocalWebhookEndpoint registerWebhook(LocalConfig config, SecretsManagerClient secrets) throws Exception {
        String stripeSecret = secrets.getSecretValue(request -> request.secretId(stack.ref("StripeSecret")))
                .secretString();
        String url = "http://" + config.host() + ":" + gateway.port() + WebhookRelay.PATH;
        LocalWebhookEndpoint endpoint = LocalWebhookEndpoint.register(
                stripeFront.baseUri(),
                config.stackName(),
                url,
                Json.mapper().readTree(stripeSecret).path("webhook_secret").asText());
        LOG.info("Stripe webhooks from localstripe go to {}, and from there to the API", url);
        return endpoint;
    }

    /** The runtime's clock starts on time in each run; functions read its offset from the same file. */
    private static ShiftableClock startClock(LocalConfig config, Clock baseClock) throws IOException {
        Path offsetFile = config.workDir().toAbsolutePath().resolve("clock-offset");
        Files.createDirectories(offsetFile.getParent());
        Files.writeString(offsetFile, Duration.ZERO.toString());
        return new ShiftableClock(baseClock, offsetFile);
    }

    private Map<String, String> platformEnvironment(LocalConfig config) {
        Map<String, String> environment = new HashMap<>(config.awsEnvironment());
        environment.put(ShiftableClock.FILE_SETTING, clock.offsetFile().toString());
        if (eventBridgeFront != null) {
            environment.put(
                    "AWS_ENDPOINT_URL_EVENTBRIDGE", eventBridgeFront.baseUri().toString());
        }
        return environment;
    }

    /** The marketplace's database, for tests and tools that look inside. */
    public javax.sql.DataSource dataSource() {
        return dataSource(database);
    }

    /** The Stripe API base URL the functions use. */
    public URI stripeApiBase() {
        return stripeFront.baseUri();
    }

    public ProvisionedStack stack() {
        return stack;
    }

    /** The faults the runtime injects, as {@code /_local/faults} arms them. */
    public FaultPlan faults() {
        return faults;
    }

    public LambdaContainer function(String logicalId) {
        return functions.get(logicalId);
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", resources.get(i), e.toString());
            }
        }
        resources.clear();
    }
}
