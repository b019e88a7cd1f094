"""The benchmark across municipalities (opt-in): own figures beside the participants' median."""
