package org.polymetric.portal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.portal.sample.ImpostorModule;
import org.polymetric.portal.sample.OrphanOverview;
import org.polymetric.portal.sample.SampleModule;
import org.polymetric.portal.sample.SampleOverview;
import org.polymetric.portal.sample.SamplePage;
import org.polymetric.portal.sample.SampleResource;
import org.polymetric.portal.sample.UndeclaredResource;

/** The real WAR plus a module jar built on the fly, as a module's Maven build would pack it. */
public final class ModuleDeployments {
    /** CDI finds the jar's scoped beans (its game overview cards), as in every module's jar. */
    private static final String BEANS = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
            + "bean-discovery-mode=\"annotated\"/>";

    private ModuleDeployments() {
    }

    static JavaArchive sampleJar(Class<?>... descriptors) {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "module-sample.jar")
                .addClasses(SampleModule.class, ImpostorModule.class, SampleResource.class, SamplePage.class, UndeclaredResource.class,
                        SampleOverview.class, OrphanOverview.class)
                .addAsManifestResource(new StringAsset(BEANS), "beans.xml")
                .addAsResource("sample/hello.html", "templates/sample/hello.html")
                .addAsResource("sample/sample.properties", "i18n/sample.properties");
        @SuppressWarnings("unchecked")
        Class<? extends PortalModule>[] types = (Class<? extends PortalModule>[]) descriptors;
        return jar.addAsServiceProvider(PortalModule.class, types);
    }

    public static WebArchive withSampleModule() {
        return PortalDeployment.war().addAsLibrary(sampleJar(SampleModule.class));
    }

    public static WebArchive withTwoModulesClaimingOneId() {
        return PortalDeployment.war().addAsLibrary(sampleJar(SampleModule.class, ImpostorModule.class));
    }
}
