package org.polymetric.organizations.domain;

/**
 * A GameAnalytics sort, {@code <property>:<asc|desc>}, already checked against the endpoint's enum.
 *
 * @param property the API's property name, e.g. {@code created_at}
 * @param descending whether {@code :desc}
 */
public record Sort(String property, boolean descending) {
    public static Sort parse(String text) {
        int colon = text.indexOf(':');
        return new Sort(text.substring(0, colon), text.endsWith(":desc"));
    }

    public String direction() {
        return descending ? "DESC" : "ASC";
    }
}
