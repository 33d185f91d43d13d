/** Web services for modules: themed views, CSV streams, JSON errors, pagination and static assets. */
package org.polymetric.kernel.web;
