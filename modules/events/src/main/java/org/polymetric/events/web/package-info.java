/** The pages under {@code /events}: dashboard, events explorer, retention, live view and CSV downloads. */
package org.polymetric.events.web;
