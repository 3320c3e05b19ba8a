package com.sneakers.marketplace.local.lambda;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function's execution environment, as on Lambda: a JVM of its own running the Lambda runtime
 * interface client, with the function's packaged jar as its task root and only the environment the
 * template gives it (plus what Lambda itself sets). It starts on the first invocation (a cold start),
 * handles one invocation at a time, and is thrown away when an invocation times out.
 */
public final class LambdaContainer implements LambdaFunction, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LambdaContainer.class);
    private static final String RUNTIME_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** How long a cold start may take on top of the function's timeout (Lambda's init phase). */
    private static final Duration INIT_ALLOWANCE = Duration.ofSeconds(60);

    private final FunctionSpec spec;
    private final Path runtimeClientDir;
    private final Path workDir;
    private final Map<String, String> platformEnvironment;
    private final RuntimeApi runtimeApi;
    private Process process;

    /**
     * @param runtimeClientDir the jars of the Lambda runtime interface client
     * @param platformEnvironment what the platform adds to every function's environment: region,
     *     credentials and the emulators' endpoints
     */
    public LambdaContainer(
            FunctionSpec spec,
            Path runtimeClientDir,
            Path workDir,
            Map<String, String> platformEnvironment,
            Clock clock)
            throws IOException {
        this.spec = spec;
        this.runtimeClientDir = runtimeClientDir;
        this.workDir = workDir.resolve(spec.logicalId());
        this.platformEnvironment = Map.copyOf(platformEnvironment);
        String region = platformEnvironment.getOrDefault("AWS_REGION", "us-east-1");
        this.runtimeApi =
                new RuntimeApi("arn:aws:lambda:" + region + ":000000000000:function:" + spec.functionName(), clock);
    }

    public FunctionSpec spec() {
        return spec;
    }

    public Path logFile() {
        return workDir.resolve("function.log");
    }

    @Override
    public synchronized Invocation invoke(String event) {
        boolean coldStart = process == null || !process.isAlive();
        if (coldStart) {
            start();
        }
        Duration allowed = coldStart ? spec.timeout().plus(INIT_ALLOWANCE) : spec.timeout();
        CompletableFuture<Invocation> response = runtimeApi.submit(event, allowed);
        CompletableFuture<Invocation> initFailure =
                runtimeApi.initError().thenApply(error -> Invocation.failure("Runtime.InitError", error));
        CompletableFuture<Invocation> exited = process.onExit()
                .thenApply(
                        ended -> Invocation.failure("Runtime.ExitError", "process exited with " + ended.exitValue()));
        try {
            return (Invocation) CompletableFuture.anyOf(response, initFailure, exited)
                    .get(allowed.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("{} timed out after {}; its environment is discarded", spec.logicalId(), allowed);
            stop();
            return Invocation.failure("Sandbox.Timedout", "Task timed out after " + allowed.toSeconds() + " seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Invocation.failure("Runtime.Interrupted", "invocation interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            if (response.isDone() && !response.join().succeeded() || initFailure.isDone()) {
                LOG.warn("{} failed; its log: {}", spec.logicalId(), logFile());
            }
        }
    }

    private void start() {
        if (!Files.isRegularFile(spec.codeUri())) {
            throw new IllegalStateException("The package of " + spec.logicalId() + " is missing: " + spec.codeUri()
                    + " (build it with ./mvnw package)");
        }
        try {
            Path taskLib = Files.createDirectories(workDir.resolve("task/lib"));
            Path jar = taskLib.resolve("function.jar");
            Files.deleteIfExists(jar);
            Files.createSymbolicLink(jar, spec.codeUri().toAbsolutePath());
            Path tmp = Files.createDirectories(workDir.resolve("tmp"));
            runtimeApi.reset();
            // The runtime client loads the function from its working directory, /var/task on Lambda.
            ProcessBuilder builder = new ProcessBuilder(command(tmp))
                    .directory(workDir.resolve("task").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.putAll(lambdaEnvironment(workDir.resolve("task")));
            environment.putAll(platformEnvironment);
            environment.putAll(spec.environment());
            process = builder.start();
            LOG.info("{} started (pid {}), log {}", spec.logicalId(), process.pid(), logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> command(Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath;
        try (Stream<Path> jars = Files.list(runtimeClientDir)) {
            classpath = String.join(
                    File.pathSeparator, jars.map(Path::toString).sorted().toList());
        }
        long heapMb = spec.memoryMb() * 85L / 100;
        return List.of(
                java,
                "-XX:MaxHeapSize=" + heapMb + "m",
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                classpath,
                RUNTIME_CLIENT,
                spec.handler());
    }

    /** What Lambda itself puts in every function's environment. */
    private Map<String, String> lambdaEnvironment(Path taskRoot) {
        return Map.ofEntries(
                Map.entry("PATH", "/usr/local/bin:/usr/bin:/bin"),
                Map.entry("LANG", "en_US.UTF-8"),
                Map.entry("TZ", ":UTC"),
                Map.entry("LAMBDA_TASK_ROOT", taskRoot.toString()),
                Map.entry("LAMBDA_RUNTIME_DIR", runtimeClientDir.toString()),
                Map.entry("_HANDLER", spec.handler()),
                Map.entry("AWS_EXECUTION_ENV", "AWS_Lambda_java21"),
                Map.entry("AWS_LAMBDA_RUNTIME_API", runtimeApi.address()),
                Map.entry("AWS_LAMBDA_FUNCTION_NAME", spec.functionName()),
                Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb())),
                Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.functionName()),
                Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "local/" + spec.logicalId()));
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        runtimeApi.close();
    }
}
