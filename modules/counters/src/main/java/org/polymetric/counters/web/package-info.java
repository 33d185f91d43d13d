/** The pages under {@code /counters}: games and licenses, a game's dashboard and region comparison, a license's page and CSV downloads. */
package org.polymetric.counters.web;
