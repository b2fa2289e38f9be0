{
  "extends": "../../tsconfig.json",
  "include": ["src/**/*.ts", "test/**/*.ts"]
}
