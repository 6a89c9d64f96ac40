package org.triptych.mt;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where API keys come from, in order: the environment ({@code TRIPTYCH_<PROVIDER>_KEY}), the OS key store
 * (libsecret's {@code secret-tool}, attributes {@code service triptych provider <name>}, where installed), or a
 * prompt answered by the person and held in memory for the session. Keys are never written anywhere by us.
 */
public final class ApiKeys {

    private static final System.Logger LOG = System.getLogger(ApiKeys.class.getName());

    private final Map<String, String> env;
    private final Path secretTool;
    private final Supplier<char[]> prompt;
    private final Map<String, Secret> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param secretTool path of {@code secret-tool}, or null to skip the key store
     * @param prompt     asks the person (returns null or empty when they decline), or null for no prompt
     */
    public ApiKeys(Map<String, String> env, Path secretTool, Supplier<char[]> prompt) {
        this.env = Map.copyOf(env);
        this.secretTool = secretTool;
        this.prompt = prompt;
    }

    /** Keys from the environment and, when installed on this PATH, secret-tool; no prompt. */
    public static ApiKeys fromSystem(Map<String, String> env) {
        return new ApiKeys(env, findOnPath(env.get("PATH"), "secret-tool"), null);
    }

    static Path findOnPath(String path, String program) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = Path.of(dir, program);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    public Optional<Secret> find(String provider) {
        String name = Providers.normalise(provider);
        Secret known = remembered.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        String fromEnv = env.get(Providers.keyVariable(name));
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Secret.of(fromEnv));
        }
        Optional<Secret> stored = fromKeyStore(name);
        if (stored.isPresent()) {
            return stored;
        }
        if (prompt != null) {
            char[] typed = prompt.get();
            if (typed != null && typed.length > 0) {
                Secret s = Secret.of(new String(typed));
                java.util.Arrays.fill(typed, '\0');
                remembered.put(name, s); // for this session only
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether keys can be kept in the OS key store here (secret-tool is installed). */
    public boolean hasKeyStore() {
        return secretTool != null;
    }

    /**
     * Keeps {@code key} for {@code provider} in the OS key store (secret-tool, attributes {@code service triptych
     * provider <name>}), where {@link #find} looks for it next time. The key goes to secret-tool on its standard input,
     * never on a command line, in a file or in a log.
     *
     * @throws IOException with a sentence for a person when there is no key store or it refused the key
     */
    public void store(String provider, Secret key) throws IOException {
        if (secretTool == null) {
            throw new IOException("There is no OS key store here (secret-tool is not installed): set "
                    + Providers.keyVariable(provider) + " in the environment instead");
        }
        String name = Providers.normalise(provider);
        Process p = new ProcessBuilder(secretTool.toString(), "store", "--label=Triptych " + name + " API key",
                "service", "triptych", "provider", name).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = p.getOutputStream()) {
            in.write(key.reveal().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("The OS key store did not answer; the key was not stored");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Storing the key was interrupted; it was not stored");
        }
        if (p.exitValue() != 0) {
            throw new IOException("The OS key store refused the key (secret-tool exit " + p.exitValue() + "); it was not stored");
        }
        remembered.remove(name);
    }

    private Optional<Secret> fromKeyStore(String name) {
        if (secretTool == null) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(secretTool.toString(), "lookup", "service", "triptych", "provider", name)
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.log(Level.WARNING, "secret-tool did not answer; key store skipped.");
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(Secret.of(out)) : Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "secret-tool could not be run ({0}); key store skipped.", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
