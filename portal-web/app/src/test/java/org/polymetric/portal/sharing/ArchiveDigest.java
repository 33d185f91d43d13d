package org.polymetric.portal.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * A SHA-256 of an archive's content: its name, then every path with the SHA-256 of its bytes, in
 * path order. Two deployments with the same digest would run the same application, so a server
 * running one serves the other. A nested archive (a module jar added on the fly) is digested by
 * its own content, not by its zip export, whose entry times would make equal jars differ.
 */
final class ArchiveDigest {
    private ArchiveDigest() {
    }

    static String of(Archive<?> archive) {
        return HexFormat.of().formatHex(digest(archive));
    }

    private static byte[] digest(Archive<?> archive) {
        MessageDigest sha = sha256();
        text(sha, archive.getName());
        Map<String, Node> content = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> e : archive.getContent().entrySet()) {
            content.put(e.getKey().get(), e.getValue());
        }
        for (Map.Entry<String, Node> e : content.entrySet()) {
            text(sha, e.getKey());
            Asset asset = e.getValue().getAsset();
            if (asset instanceof ArchiveAsset nested) {
                sha.update(digest(nested.getArchive()));
            } else if (asset != null) {
                sha.update(digest(asset, e.getKey()));
            } else {
                text(sha, "/"); // a directory
            }
        }
        return sha.digest();
    }

    private static byte[] digest(Asset asset, String path) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = asset.openStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
        return sha.digest();
    }

    /** Length-prefixed, so that no two sequences of names run together into the same bytes. */
    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
