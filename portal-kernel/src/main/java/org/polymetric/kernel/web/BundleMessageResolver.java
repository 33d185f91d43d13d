package org.polymetric.kernel.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Resolves {@code #{key}} from {@code i18n/<module>.properties}, the module being the template's
 * first path segment ({@code events/dashboard} reads {@code i18n/events}), then from the portal's
 * own {@code i18n/portal.properties}. A missing key shows as {@code ??key??} so tests can catch it.
 */
public class BundleMessageResolver extends AbstractMessageResolver {
    static final String PORTAL_BUNDLE = "i18n/portal";
    private final ClassLoader loader;

    public BundleMessageResolver(ClassLoader loader) {
        this.loader = loader;
        setName("bundles");
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        Locale locale = context.getLocale() == null ? Locale.ENGLISH : context.getLocale();
        String template = context.getTemplateData().getTemplate();
        int slash = template.indexOf('/');
        String text = null;
        if (slash > 0) {
            text = lookup("i18n/" + template.substring(0, slash), key, locale);
        }
        if (text == null) {
            text = lookup(PORTAL_BUNDLE, key, locale);
        }
        if (text == null) {
            return null;
        }
        return args == null || args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    private String lookup(String bundle, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundle, locale, loader).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return "??" + key + "??";
    }
}
