import DTIKit
print("dti-bench: not yet")
