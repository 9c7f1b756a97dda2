"""The beneficiary registry: the page, its table model and the person form."""
