package org.polymetric.portal;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
