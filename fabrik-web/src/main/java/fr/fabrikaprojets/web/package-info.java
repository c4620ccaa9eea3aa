/**
 * HTTP plumbing shared by pages and API: the filter that records where a request comes from (for the audit trail)
 * and sets the security headers.
 */
package fr.fabrikaprojets.web;
