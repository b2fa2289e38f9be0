{
  "__collection__": {
    "key": null,
    "reason": "A new collection of the __name__ subgraph: it stays unsharded until its department decides (a read-scoped collection usually shards on { enterpriseId: 1, _id: 1 }, see service_needs)."
  }
}
