/** E-mail through the WildFly mail session {@code java:jboss/mail/Fabrik} (server and port set in src/wildfly/cli). */
package fr.fabrikaprojets.infrastructure.mail;
