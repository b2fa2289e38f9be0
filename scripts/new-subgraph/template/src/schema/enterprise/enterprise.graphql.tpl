"An enterprise in the industrial park. 企业"
type Enterprise @key(fields: "id") {
  "Stable id of the enterprise."
  id: ID!
  "The enterprise's latest __entities__ (__label__), newest first."
  __entities__("How many, from 1 to 100." first: Int = 20): [__Entity__!]!
}
