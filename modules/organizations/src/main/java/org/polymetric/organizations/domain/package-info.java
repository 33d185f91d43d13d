/** Queries over the kernel's studios and games, with the caller's reach, filters, sorting and paging in SQL. */
package org.polymetric.organizations.domain;
