package org.triptych.ui;

import java.util.Objects;
import org.triptych.model.Language;

/**
 * What File ▸ Open URL asks for: a web page's address, the language of the version it is, and whether it starts a new
 * project (the other versions the page names are then offered) or replaces that version of the open project.
 */
public record WebAddressRequest(String address, Language language, boolean newProject) {

    public WebAddressRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        address = address.strip();
    }
}
