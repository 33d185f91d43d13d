package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertiesTest {
    public record Figure(String label, long value) {
        /** Not a component: OGNL's own lookup finds it by its name. */
        public String shown() {
            return label + ": " + value;
        }

        public String getKind() {
            return "bean getter";
        }
    }

    public record Broken(String label) {
        @Override
        public String label() {
            throw new IllegalStateException("no label");
        }
    }

    private static TemplateEngine engine;

    @BeforeAll
    static void install() {
        RecordProperties.install();
        engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
    }

    private static String render(String template, Object value) {
        return engine.process(template, new Context(null, Map.of("x", value)));
    }

    @Test
    void aRecordsComponentsAreReadThroughTheAccessorsFoundOnce() throws Exception {
        assertInstanceOf(RecordProperties.class, OgnlRuntime.getPropertyAccessor(Figure.class));
        assertEquals("<b>Sessions</b><i>1204</i>", render("<b th:text=\"${x.label}\"></b><i th:text=\"${x.value}\"></i>",
                new Figure("Sessions", 1204)));
        assertEquals("<i>Sessions</i><i>Users</i>", render("<i th:each=\"f : ${x}\" th:text=\"${f.label}\"></i>",
                List.of(new Figure("Sessions", 1), new Figure("Users", 2))));
    }

    @Test
    void otherNamesTakeOgnlsOwnWay() {
        assertEquals("Users: 7 bean getter", render("[[${x.shown}]] [[${x.kind}]]", new Figure("Users", 7)));
    }

    @Test
    void anAccessorsFailureIsTheTemplatesError() {
        TemplateProcessingException e = assertThrows(TemplateProcessingException.class, () -> render("[[${x.label}]]", new Broken("a")));
        assertTrue(String.valueOf(e.getMessage()).contains("x.label"), e.getMessage());
    }
}
