public enum KithLineEditingPlaceholder {}
