package dev.factline.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dynalite, the npm DynamoDB server, as a child process on a free loopback port: in memory,
 * or in a folder that keeps the data across restarts. {@link #close()} stops it and every
 * process it started.
 */
public final class Dynalite implements AutoCloseable {

    static final int MIN_NODE_MAJOR = 20;
    private static final String READY_LINE = "Dynalite listening";
    private static final long START_TIMEOUT_SECONDS = 30;
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");

    private final Process process;
    private final URI endpoint;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * @param installDir the folder with dynalite's package.json; installed with npm ci when needed
     * @param dataDir    where to keep the data, or null to keep it in memory
     */
    public static Dynalite start(Path installDir, Path dataDir) {
        requireNode();
        Path cli = installDir.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            install(installDir);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0",
                "--updateTableMs", "0"));
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new LocalStartupException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
            }
            command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LocalStartupException("cannot start dynalite with node: " + e.getMessage(), e);
        }
        awaitReady(process);
        return new Dynalite(process, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The major version of the node on the PATH; a clear failure when there is none or it is too old. */
    static int requireNode() {
        return requireNode("node");
    }

    static int requireNode(String nodeCommand) {
        String output;
        try {
            Process node = new ProcessBuilder(nodeCommand, "--version").redirectErrorStream(true).start();
            output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            node.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new LocalStartupException("Node.js is not installed or not on the PATH; Factline Local needs"
                    + " Node.js " + MIN_NODE_MAJOR + "+ to run dynalite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStartupException("interrupted while checking the Node.js version", e);
        }
        Matcher m = NODE_VERSION.matcher(output);
        int major = m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
        if (major < MIN_NODE_MAJOR) {
            throw new LocalStartupException("Node.js " + output + " is too old; Factline Local needs Node.js "
                    + MIN_NODE_MAJOR + "+ to run dynalite");
        }
        return major;
    }

    private static void install(Path installDir) {
        if (!Files.isRegularFile(installDir.resolve("package-lock.json"))) {
            throw new LocalStartupException("dynalite's package-lock.json is missing from " + installDir
                    + "; run Factline Local from the project folder");
        }
        // Progress goes to stderr: stdout carries only what a command prints for a shell to capture.
        System.err.println("Installing dynalite (npm ci in " + installDir + ") ...");
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(installDir.toFile()).redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (npm.waitFor() != 0) {
                throw new LocalStartupException("npm ci failed in " + installDir + ": "
                        + output.strip().replace('\n', ' '));
            }
        } catch (IOException e) {
            throw new LocalStartupException("cannot run npm to install dynalite: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStartupException("interrupted while installing dynalite", e);
        }
    }

    /** Waits for dynalite's ready line, then keeps draining its output so it never blocks. */
    private static void awaitReady(Process process) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains(READY_LINE)) {
                        ready.complete(null);
                    } else if (!ready.isDone()) {
                        synchronized (output) {
                            output.add(line);
                        }
                    }
                }
                ready.completeExceptionally(new IllegalStateException(String.join(" ", output)));
            } catch (IOException e) {
                ready.completeExceptionally(new UncheckedIOException(e));
            }
        }, "dynalite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw new LocalStartupException("dynalite failed to start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new LocalStartupException("dynalite did not start within " + START_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new LocalStartupException("interrupted while starting dynalite", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LocalStartupException("no free port for dynalite: " + e.getMessage(), e);
        }
    }
}
