package io.github.camelcoveo.push.send;

import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.document.ContentPlan;

/**
 * The former name of {@link ContentPlan}, kept for the code that still builds one under it.
 *
 * @deprecated use {@link ContentPlan}
 */
@Deprecated
public final class ContentPreparer extends ContentPlan {

    public ContentPreparer(CompressionType compression) {
        super(compression);
    }
}
