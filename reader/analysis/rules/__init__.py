"""Rules as data: named patterns with their own examples, and the engine that runs them."""
