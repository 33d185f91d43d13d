package org.polymetric.kernel.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads the components of the portal's records in page templates ({@code ${card.title}}) through
 * their accessor, found once per record class. OGNL, the templates' expression language, looks
 * for a bean getter ({@code getTitle()}) first and, a record having none, scans every method of
 * the class comparing lower-cased names on every access: on a page of many small view records
 * that scan was a large part of its rendering. Any other name, and every other object, takes
 * OGNL's own way. Only records of Polymetric's packages are read this way, so what a template may
 * reach of other classes stays as Thymeleaf's expression restrictions decide.
 */
final class RecordProperties extends ObjectPropertyAccessor {
    private static final String OWN_PACKAGES = "org.polymetric.";

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || !type.getName().startsWith(OWN_PACKAGES)) {
                return Map.of();
            }
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c.getAccessor());
            }
            return Map.copyOf(byName);
        }
    };

    private RecordProperties() {
    }

    /** Makes OGNL read every record's properties here (once per class loader that holds OGNL). */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
        Method accessor = ACCESSORS.get(target.getClass()).get(name);
        if (accessor == null) {
            return super.getPossibleProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            return super.getPossibleProperty(context, target, name);
        } catch (InvocationTargetException e) {
            throw new OgnlException(name, e.getCause());
        }
    }
}
