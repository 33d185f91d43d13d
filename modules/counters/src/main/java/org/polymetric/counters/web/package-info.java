/**
 * The pages under {@code /counters}: games and licenses, a game's dashboard and region comparison,
 * a license's page and CSV downloads; and the servlet listener that starts the background schedule
 * (a servlet type, so it lives with the web side, not in {@code service}).
 */
package org.polymetric.counters.web;
