package org.triptych.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Which Triptych this is and what runs it: the version and commit Maven wrote into {@code build.properties} when
 * the jar was built, and the Java runtime of this process. Shown by {@code triptych --version} and the window's
 * About box, so a bug report names the exact build. A fact the build did not have (a source tree without git,
 * classes compiled by an IDE without resource filtering) reads {@value #UNKNOWN}, never a placeholder.
 *
 * @param version  the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit   the abbreviated git commit the jar was built from
 * @param runtime  the Java runtime: version, vendor and where it is installed
 */
public record BuildInfo(String version, String commit, String runtime) {

    public static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "build.properties";

    /** This build, read from the jar (or target/classes), and the runtime of this process. */
    public static BuildInfo current() {
        return from(readResource(), describeRuntime(System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), System.getProperty("java.home")));
    }

    /** The lines a person reads: {@code Triptych VERSION}, {@code commit …}, {@code Java …}. */
    public List<String> lines() {
        return List.of("Triptych " + version, "commit " + commit, "Java " + runtime);
    }

    /**
     * Build facts from the properties Maven filtered, and a runtime description. {@code properties} may be empty
     * (the resource is missing) or hold unfiltered {@code ${…}} placeholders; both give {@value #UNKNOWN}.
     */
    static BuildInfo from(Properties properties, String runtime) {
        String version = fact(properties, "version");
        return new BuildInfo(version, fact(properties, "commit"), runtime);
    }

    /** {@code 17.0.15+6 (Eclipse Adoptium) in /opt/triptych/lib/runtime}: which Java, whose, and whether bundled. */
    static String describeRuntime(String version, String vendor, String home) {
        return (version == null ? UNKNOWN : version) + " (" + (vendor == null ? UNKNOWN : vendor) + ") in "
                + (home == null ? UNKNOWN : home);
    }

    private static String fact(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        // Filtering outside Maven (an IDE copying resources) leaves ${project.version} as written.
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }

    private static Properties readResource() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // An unreadable resource inside our own jar says nothing useful to a person: report what is known.
            System.getLogger(BuildInfo.class.getName()).log(System.Logger.Level.DEBUG, "build.properties unreadable", e);
        }
        return properties;
    }
}
