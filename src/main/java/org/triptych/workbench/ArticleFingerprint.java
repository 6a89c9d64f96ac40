package org.triptych.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.triptych.model.Language;

/**
 * What an article's outputs depend on, as one digest: the tool's version, the batch's options, the glossaries' bytes,
 * and per version its path as shown in the report and its bytes. A rerun skips an article whose outputs were written
 * under the same digest; anything else that changed makes it run again. Paths count only as written (relative to the
 * batch folder), so a batch folder moved elsewhere is not redone.
 */
final class ArticleFingerprint {

    /** Raised when what a batch writes changes shape, so that outputs of an older Triptych are not taken as done. */
    private static final String FORMAT = "triptych-batch 1";

    private ArticleFingerprint() {
    }

    static String of(BatchArticle article, Path base, BatchOptions options, List<String> glossaryDigests)
            throws IOException {
        MessageDigest d = sha256();
        StringBuilder head = new StringBuilder(FORMAT).append('\n')
                .append(ProjectExports.TOOL_VERSION).append('\n')
                .append("id ").append(article.id()).append('\n')
                .append("level ").append(options.level().code()).append('\n')
                .append("check ").append(options.check()).append('\n')
                .append("language ").append(options.language()).append('\n');
        for (String g : glossaryDigests) {
            head.append("glossary ").append(g).append('\n');
        }
        d.update(head.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<Language, Path> v : article.versions().entrySet()) {
            d.update(("version " + v.getKey().code() + " " + v.getValue() + " " + digest(base.resolve(v.getValue()))
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The SHA-256 of a file's bytes, in hex. */
    static String digest(Path file) throws IOException {
        MessageDigest d = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The SHA-256 of bytes, in hex. */
    static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
