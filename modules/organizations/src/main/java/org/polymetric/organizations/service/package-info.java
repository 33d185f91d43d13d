/** Decisions of the organizations module: which organization a call is about, who may see and change what. */
package org.polymetric.organizations.service;
