async def g():
 async for x in y:
  try:
   pass
  except E:
   match x:
    case 1:
     try:
      try:
       for x in y:
        pass
       else:
        with x:
         with x, z:
          try:
           pass
          except E:
           pass
          else:
           for x in y:
            pass
           else:
            try:
             for x in y:
              try:
               try:
                pass
               except* E:
                try:
                 try:
                  pass
                 except E:
                  async for x in y:
                   async for x in y:
                    with x:
                     try:
                      yield
                     except E:
                      pass
                     finally:
                      pass
                except E:
                 pass
                finally:
                 pass
              except* E:
               pass
            except E:
             pass
            finally:
             pass
      except E:
       pass
      finally:
       pass
     except* E:
      pass
