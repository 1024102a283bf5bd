try:
 pass
except E:
 pass
else:
 try:
  pass
 except E:
  pass
 else:
  try:
   pass
  except E:
   pass
  else:
   try:
    pass
   except E:
    pass
   else:
    try:
     pass
    except E:
     pass
    else:
     try:
      pass
     except E:
      pass
     else:
      try:
       pass
      except E:
       pass
      else:
       try:
        pass
       except E:
        pass
       else:
        try:
         pass
        except E:
         pass
        else:
         try:
          pass
         except E:
          pass
         else:
          try:
           pass
          except E:
           pass
          else:
           try:
            pass
           except E:
            pass
           else:
            try:
             pass
            except E:
             pass
            else:
             try:
              pass
             except E:
              pass
             else:
              try:
               pass
              except E:
               pass
              else:
               try:
                pass
               except E:
                pass
               else:
                try:
                 pass
                except E:
                 pass
                else:
                 try:
                  pass
                 except E:
                  pass
                 else:
                  try:
                   pass
                  except E:
                   pass
                  else:
                   try:
                    pass
                   except E:
                    pass
                   else:
                    try:
                     pass
                    except E:
                     pass
                    else:
                     try:
                      pass
                     except E:
                      pass
                     else:
                      try:
                       pass
                      except E:
                       pass
                      else:
                       try:
                        pass
                       except E:
                        pass
                       else:
                        try:
                         pass
                        except E:
                         pass
                        else:
                         try:
                          pass
                         except E:
                          pass
                         else:
                          try:
                           pass
                          except E:
                           pass
                          else:
                           try:
                            pass
                           except E:
                            pass
                           else:
                            try:
                             pass
                            except E:
                             pass
                            else:
                             try:
                              pass
                             except E:
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
