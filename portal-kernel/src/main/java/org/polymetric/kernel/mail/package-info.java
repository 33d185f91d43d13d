/** Outgoing e-mail through the SMTP server the operator configures. */
package org.polymetric.kernel.mail;
