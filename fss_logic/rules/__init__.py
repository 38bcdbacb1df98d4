"""The guide's rules and legal tests as small pure functions of a flow's answers."""
