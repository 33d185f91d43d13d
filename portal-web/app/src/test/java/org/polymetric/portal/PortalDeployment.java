package org.polymetric.portal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test: the real build, deployed as ROOT.war so that it serves at {@code /}, as in production. */
public final class PortalDeployment {
    private PortalDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("polymetric.test.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    /**
     * The WAR with {@code properties} ({@code name=value} lines, as {@code polymetric.theme=dark})
     * added to its MicroProfile configuration, as an operator's environment would set them.
     */
    public static WebArchive configured(String properties) {
        WebArchive war = war();
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.add(new StringAsset(config + "\n" + properties + "\n"), CONFIG);
        return war;
    }

    /**
     * The WAR without the jars whose names start with {@code WEB-INF/lib/<prefix>} (as a build with
     * {@code -Dwithout.<id>} leaves them out); fails unless {@code expected} jars went.
     */
    public static WebArchive without(String prefix, int expected) {
        WebArchive war = war();
        List<ArchivePath> jars = war.getContent().keySet().stream()
                .filter(p -> p.get().startsWith("/WEB-INF/lib/" + prefix)).toList();
        if (expected >= 0 && jars.size() != expected) {
            throw new AssertionError("expected " + expected + " jar(s) named " + prefix + "* in the WAR: " + jars);
        }
        jars.forEach(war::delete);
        return war;
    }
}
