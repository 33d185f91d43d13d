package org.polymetric.portal.sample;

/** A second module claiming the id "sample": the registry must refuse to start with both. */
public class ImpostorModule extends SampleModule {
}
