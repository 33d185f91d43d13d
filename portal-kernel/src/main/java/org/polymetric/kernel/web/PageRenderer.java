package org.polymetric.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Writer;
import java.util.Set;
import org.polymetric.kernel.config.PortalSettings;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one Thymeleaf engine. Theme templates ({@code layout}, and {@code error} when a theme
 * overrides the kernel's) come from {@code theme/<active theme>/}; every other template from
 * {@code templates/}, in whichever jar of the WAR holds it.
 */
@ApplicationScoped
public class PageRenderer {
    /** Template names a theme provides. */
    static final Set<String> THEME_TEMPLATES = Set.of("layout", "error");

    @Inject
    PortalSettings settings;

    private TemplateEngine engine;
    private String theme;

    @PostConstruct
    void init() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        theme = settings.get().theme();
        ClassLoaderTemplateResolver themed = resolver(loader, "theme/" + theme + "/", 1);
        themed.setResolvablePatterns(THEME_TEMPLATES);
        ClassLoaderTemplateResolver pages = resolver(loader, "templates/", 2);
        RecordProperties.install();
        engine = new TemplateEngine();
        engine.addTemplateResolver(themed);
        engine.addTemplateResolver(pages);
        engine.setMessageResolver(new BundleMessageResolver(loader));
    }

    private static ClassLoaderTemplateResolver resolver(ClassLoader loader, String prefix, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(loader);
        r.setPrefix(prefix);
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        r.setCheckExistence(true);
        r.setOrder(order);
        return r;
    }

    public String theme() {
        return theme;
    }

    public void render(String template, IContext context, Writer out) {
        engine.process(template, context, out);
    }
}
