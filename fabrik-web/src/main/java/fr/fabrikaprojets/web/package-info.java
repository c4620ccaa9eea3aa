/**
 * HTTP plumbing shared by pages and API: the filter that records where a request comes from (for the audit trail)
 * and sets the security headers, and the reader of the parameters pages and API receive in their address.
 */
package fr.fabrikaprojets.web;
