package org.cooperaflow.app.web.support;

/**
 * One problem of a submitted form, GOV.UK style: the id of the field it is about (the error summary links to it, the
 * message shows again beside it), or null for a problem of the whole form; and the message in the reader's language.
 */
public record FormError(String field, String message) {
}
