/** The kernel's start-up; its features live in the sub-packages. */
package org.polymetric.kernel;
