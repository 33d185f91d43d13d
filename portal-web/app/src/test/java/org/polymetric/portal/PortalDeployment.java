package org.polymetric.portal;

import java.io.File;
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
}
