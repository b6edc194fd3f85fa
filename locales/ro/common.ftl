# Choice labels shared by several flows.

choice-info = Informații: drepturi și ajutoare
choice-talk = Vorbiți cu cineva
choice-urgent = Urgență, pericol
choice-youth = Tineri și studenți
choice-phone = Siguranța telefonului
choice-back = Înapoi la meniu
choice-near = O asociație lângă mine
