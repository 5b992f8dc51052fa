package org.cooperaflow.domain.request.api;

/** Why the secretariat did not publish a need. */
public enum RequestRejectionReason {
    /** Another request already states the same need. */
    DUPLICATE,
    /** Not something the agency's cooperation can address. */
    OUT_OF_SCOPE,
    /** Says too little to be diagnosed. */
    INCOMPLETE
}
