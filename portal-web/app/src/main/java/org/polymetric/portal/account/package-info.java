/** The account page and the token API: a user's own API tokens. */
package org.polymetric.portal.account;
