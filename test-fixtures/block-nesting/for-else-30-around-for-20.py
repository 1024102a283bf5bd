for x in y:
 pass
else:
 for x in y:
  pass
 else:
  for x in y:
   pass
  else:
   for x in y:
    pass
   else:
    for x in y:
     pass
    else:
     for x in y:
      pass
     else:
      for x in y:
       pass
      else:
       for x in y:
        pass
       else:
        for x in y:
         pass
        else:
         for x in y:
          pass
         else:
          for x in y:
           pass
          else:
           for x in y:
            pass
           else:
            for x in y:
             pass
            else:
             for x in y:
              pass
             else:
              for x in y:
               pass
              else:
               for x in y:
                pass
               else:
                for x in y:
                 pass
                else:
                 for x in y:
                  pass
                 else:
                  for x in y:
                   pass
                  else:
                   for x in y:
                    pass
                   else:
                    for x in y:
                     pass
                    else:
                     for x in y:
                      pass
                     else:
                      for x in y:
                       pass
                      else:
                       for x in y:
                        pass
                       else:
                        for x in y:
                         pass
                        else:
                         for x in y:
                          pass
                         else:
                          for x in y:
                           pass
                          else:
                           for x in y:
                            pass
                           else:
                            for x in y:
                             pass
                            else:
                             for x in y:
                              pass
                             else:
                              for x in y:
                               for x in y:
                                for x in y:
                                 for x in y:
                                  for x in y:
                                   for x in y:
                                    for x in y:
                                     for x in y:
                                      for x in y:
                                       for x in y:
                                        for x in y:
                                         for x in y:
                                          for x in y:
                                           for x in y:
                                            for x in y:
                                             for x in y:
                                              for x in y:
                                               for x in y:
                                                for x in y:
                                                 for x in y:
                                                  pass
