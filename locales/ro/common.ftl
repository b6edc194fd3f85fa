# Choice labels shared by several flows.

choice-info = Info: drepturi, ajutoare, programul de ieșire
choice-talk = Vreau să vorbesc cu cineva
choice-urgent = Urgență, pericol
choice-youth = Tineri și studenți
choice-phone = Siguranța telefonului
choice-back = Înapoi la meniu
choice-near = O asociație lângă mine
