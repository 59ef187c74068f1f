"""The merged graph: `graph.build` makes it from extractions, `graph.parallel` in processes or on Dask,
`graph.names` indexes the names of its entities for look-ups."""
