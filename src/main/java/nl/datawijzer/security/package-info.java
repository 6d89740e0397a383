/**
 * Who may do what: the roles, the accounts (demo accounts in the demo profile, bcrypt accounts from
 * configuration in production) and the HTTP security chains for the UI and the REST API.
 */
@NullMarked
package nl.datawijzer.security;

import org.jspecify.annotations.NullMarked;
