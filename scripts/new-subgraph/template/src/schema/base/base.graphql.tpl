extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])
  @contact(
    name: "__owner__"
    description: "__ownerDescription__"
  )

"Entry points for reading the police–enterprise co-governance graph."
type Query

"Entry points for changing the police–enterprise co-governance graph."
type Mutation
